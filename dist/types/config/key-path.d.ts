export declare function joinKey(parent: string, key: string | number): string;
/**
 * Splits a typanion error (`.runner.env["A B"]: message`, `.: message` at the root) into our key path and
 * the message. Typanion writes `.name` for identifier keys, `[n]` for indices and `["json"]` otherwise.
 */
export declare function splitTypanionError(error: string): {
    key: string;
    message: string;
};
/** A key path as an array (`["runner", "env", "MY VAR"]`) written the one way users read it. */
export declare function formatKey(path: readonly (string | number)[]): string;
