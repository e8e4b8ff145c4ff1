import MailComposer from "nodemailer/lib/mail-composer";
import type Mail from "nodemailer/lib/mailer";
import type { OutgoingMail } from "./types";

/** Message-ID from the reference: a retry of the same message is recognisably the same. */
export function messageId(mail: OutgoingMail): string {
  return `<${mail.kind}.${mail.reference}@ml-preinscription>`;
}

/** The message as nodemailer options (SMTP transport, .eml composition). */
export function nodemailerMessage(mail: OutgoingMail): Mail.Options {
  return {
    from: mail.from,
    to: mail.to,
    replyTo: mail.replyTo,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    messageId: messageId(mail),
    attachments: mail.attachments.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content: Buffer.from(attachment.content),
    })),
  };
}

/** RFC 5322 bytes of the message (an .eml file). */
export function composeEml(mail: OutgoingMail): Promise<Buffer> {
  return new MailComposer(nodemailerMessage(mail)).compile().build();
}
