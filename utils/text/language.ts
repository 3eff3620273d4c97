/** A BCP 47 language tag as pages and models write them: "en", "fr-CA", "zh-Hans-CN". */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const isLanguageTag = (value: string): boolean => LANGUAGE_TAG.test(value);
