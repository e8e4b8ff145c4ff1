export declare const erreursAr: Record<string, string>;
