import { describe, expect, it } from "vitest";
import type { MailTransport, OutgoingMail, SendOutcome } from "../../server/mail/types";
import { validPayload } from "../fixtures/payload";
import { demoMissionsLocales } from "../support/demo-config";
import { buildTestApp, drained, postRegistration, recordingTransport } from "../support/test-app";

/** The confirmation the youth gets after sending the form in `language` (Content-Language). */
async function confirmationIn(language: string): Promise<OutgoingMail> {
  const transport = recordingTransport();
  const setup = await buildTestApp({ transport, missionsLocales: withConfirmation() });
  const response = await postRegistration(setup.app, validPayload(), { language });
  expect(response.status).toBe(202);
  await drained(setup);
  const mail = transport.sent.find((sent) => sent.kind === "confirmation");
  if (!mail) throw new Error("no confirmation sent");
  return mail;
}

const withConfirmation = () => demoMissionsLocales().map((ml) => ({ ...ml, confirmationJeune: true }));

describe("the youth's confirmation email", () => {
  it("goes to the youth with the reference, the deadline, where and when to come — and nothing else personal", async () => {
    const transport = recordingTransport();
    const setup = await buildTestApp({ transport, missionsLocales: withConfirmation() });
    const response = await postRegistration(setup.app, validPayload());
    const { reference } = (await response.json()) as { reference: string };
    await drained(setup);
    const confirmation = transport.sent.find((mail) => mail.kind === "confirmation");
    expect(transport.sent.map((mail) => mail.kind).sort()).toEqual(["confirmation", "registration"]);
    expect(confirmation?.to).toEqual(["camille.exemplaire@example.org"]);
    expect(confirmation?.attachments).toEqual([]);
    expect(confirmation?.subject).toBe(
      `Votre pré-inscription à la Mission Locale de Roubaix Lys-Lez-Lannoy (dossier ${reference})`,
    );
    const text = (confirmation?.text ?? "").replace(/\u00a0/g, " ");
    expect(text).toContain(`Votre numéro de dossier : ${reference}`);
    // Received Tuesday 10:00: called back before Wednesday 10:00.
    expect(text).toContain("La Mission Locale vous appelle avant demain 17h30.");
    expect(text).toContain("Une pièce d'identité");
    expect(text).toContain("Mardi 1er décembre à 9h30 — Salle d'accueil, rez-de-chaussée");
    expect(text).toContain("92 avenue Jean-Baptiste Lebas, 59100 Roubaix");
    expect(text).toContain("Du lundi au mercredi : de 9h à 12h30 et de 13h30 à 17h30");
    for (const personal of ["Camille", "Exemplaire", "01 99 00 12 34", "+33199001234", "rue de l'Exemple", "2005"]) {
      expect(`${confirmation?.subject}\n${text}`).not.toContain(personal);
    }
  });

  it("speaks the form's language: English", async () => {
    const mail = await confirmationIn("en");
    expect(mail.subject).toBe(
      `Your registration with Mission Locale de Roubaix Lys-Lez-Lannoy (file ${mail.reference})`,
    );
    expect(mail.text).toContain(`Your file number: ${mail.reference}`);
    expect(mail.text).toContain("The Mission Locale will call you before 17:30 tomorrow.");
    expect(mail.text).toContain("Next welcome meetings:");
    expect(mail.text).toContain("A group meeting to discover the Mission Locale and what it can do for you.");
    expect(mail.text).not.toContain("Votre numéro de dossier");
    expect(mail.html).toMatch(/<html lang="en" dir="ltr">/);
  });

  it("speaks the form's language: Arabic, right to left in the HTML part", async () => {
    const mail = await confirmationIn("ar");
    const plain = mail.text.replace(/[\u2066-\u2069]/g, "");
    expect(plain).toContain(`رقم ملفك: ${mail.reference}`);
    expect(plain).toContain("تلقّت Mission Locale de Roubaix Lys-Lez-Lannoy تسجيلك المسبق.");
    expect(plain).toContain("اجتماع جماعي للتعرّف على Mission Locale وما يمكن أن تقدّمه لك.");
    expect(plain).not.toContain("Votre numéro de dossier");
    expect(mail.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(mail.html?.replace(/[\u2066-\u2069]/g, "")).toContain(`رقم ملفك: ${mail.reference}`);
    expect(mail.subject.replace(/[\u2066-\u2069]/g, "")).toContain(`(الملف ${mail.reference})`);
  });

  it("stays in French for French, or for a language the form does not speak", async () => {
    for (const language of ["fr", "de"]) {
      const mail = await confirmationIn(language);
      expect(mail.text.replace(/\u00a0/g, " ")).toContain(`Votre numéro de dossier : ${mail.reference}`);
      expect(mail.text).toContain("Une réunion en groupe pour découvrir la Mission Locale");
      expect(mail.html).toMatch(/<html lang="fr" dir="ltr">/);
    }
  });

  it("is not sent without an email address, nor when the ML did not enable it", async () => {
    const transport = recordingTransport();
    const setup = await buildTestApp({ transport, missionsLocales: withConfirmation() });
    const payload = validPayload();
    delete payload.coordonnees.email;
    await postRegistration(setup.app, payload);
    const plain = await buildTestApp({ transport });
    await postRegistration(plain.app, validPayload());
    await drained(setup);
    await drained(plain);
    expect(transport.sent.map((mail) => mail.kind)).toEqual(["registration", "registration"]);
  });

  it("failing for good never holds back the registration's own email", async () => {
    const delivered: OutgoingMail[] = [];
    const transport: MailTransport = {
      name: "resend",
      async send(mail): Promise<SendOutcome> {
        if (mail.kind === "confirmation") return { ok: false, retryable: false, kind: "resend:422:validation_error" };
        delivered.push(mail);
        return { ok: true };
      },
    };
    const setup = await buildTestApp({ transport, missionsLocales: withConfirmation() });
    expect((await postRegistration(setup.app, validPayload())).status).toBe(202);
    for (let i = 0; i < 200 && !delivered.some((mail) => mail.kind === "registration"); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(delivered.map((mail) => mail.kind)).toContain("registration");
    await setup.delivery.stop();
  });
});
