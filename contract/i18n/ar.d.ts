import type { Strings } from "./fr";
export { erreursAr } from "./errors-ar";
export declare const ar: Strings;
