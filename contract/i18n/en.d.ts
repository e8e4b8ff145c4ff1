import type { Strings } from "./fr";
export { erreursEn } from "./errors-en";
export declare const en: Strings;
