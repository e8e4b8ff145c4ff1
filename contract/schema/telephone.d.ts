/**
 * The number in E.164 (+33199001234) when it is valid for France or one of its overseas
 * regions per libphonenumber-js, else null. National numbers are tried against each region
 * in turn, overseas first, since "0262 …" is Réunion, not Normandy.
 */
export declare function telephoneE164(text: string): string | null;
