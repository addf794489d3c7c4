declare module 'virtual:iso-numeric' {
  /** ISO 3166 numeric code → alpha-3. */
  const map: Record<string, string>
  export default map
}
