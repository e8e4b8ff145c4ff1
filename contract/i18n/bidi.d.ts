/** A piece of data: it takes the direction of its first letter ("Roubaix", "الاثنين", "01 99 00 00 00" as typed). */
export declare const isolated: (text: string) => string;
/** An example written left to right whatever is around it ("06 12 34 56 78", "59100"). */
export declare const ltr: (text: string) => string;
/**
 * Every `{placeholder}` of a table isolated, in its strings and in what its functions return
 * (as Fluent does by default): a value filled in later can be a number, a French name or Arabic.
 */
export declare function isolatePlaceholders<T>(value: T): T;
