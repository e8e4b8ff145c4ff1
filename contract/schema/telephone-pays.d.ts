/**
 * Regions whose numbers the form accepts: France and its overseas regions and collectivities.
 * Overseas first: their national numbers (0262…, 0590…, 0694…) would otherwise be read as
 * metropolitan ones, which libphonenumber-js accepts for some of them.
 */
export declare const PAYS_TELEPHONE: readonly ["RE", "YT", "GP", "MQ", "GF", "PM", "BL", "MF", "NC", "PF", "WF", "FR"];
