/**
 * The ISO 3166-1 alpha-3 codes a dataset may name, for the validator: the
 * assigned codes as one compact string (three letters each, sorted), kept
 * equal to the `i18n-iso-countries` package's list by a unit test, and the
 * ranges ISO leaves to users (AAA–AAZ, QMA–QZZ, XAA–XZZ, ZZA–ZZZ), which name
 * no real country. The names of the countries travel with the map, not here:
 * this module is on the first script's path.
 */

// 250 codes: ISO 3166-1's 249 assigned ones and XKK, the package's code for Kosovo.
const ASSIGNED =
  'ABWAFGAGOAIAALAALBANDAREARGARMASMATAATFATGAUSAUTAZEBDIBELBENBESBFABGDBGRBHRBHSBIHBLMBLRBLZBMUBOL' +
  'BRABRBBRNBTNBVTBWACAFCANCCKCHECHLCHNCIVCMRCODCOGCOKCOLCOMCPVCRICUBCUWCXRCYMCYPCZEDEUDJIDMADNKDOM' +
  'DZAECUEGYERIESHESPESTETHFINFJIFLKFRAFROFSMGABGBRGEOGGYGHAGIBGINGLPGMBGNBGNQGRCGRDGRLGTMGUFGUMGUY' +
  'HKGHMDHNDHRVHTIHUNIDNIMNINDIOTIRLIRNIRQISLISRITAJAMJEYJORJPNKAZKENKGZKHMKIRKNAKORKWTLAOLBNLBRLBY' +
  'LCALIELKALSOLTULUXLVAMACMAFMARMCOMDAMDGMDVMEXMHLMKDMLIMLTMMRMNEMNGMNPMOZMRTMSRMTQMUSMWIMYSMYTNAM' +
  'NCLNERNFKNGANICNIUNLDNORNPLNRUNZLOMNPAKPANPCNPERPHLPLWPNGPOLPRIPRKPRTPRYPSEPYFQATREUROURUSRWASAU' +
  'SDNSENSGPSGSSHNSJMSLBSLESLVSMRSOMSPMSRBSSDSTPSURSVKSVNSWESWZSXMSYCSYRTCATCDTGOTHATJKTKLTKMTLSTON' +
  'TTOTUNTURTUVTWNTZAUGAUKRUMIURYUSAUZBVATVCTVENVGBVIRVNMVUTWLFWSMXKKYEMZAFZMBZWE';

let assigned: ReadonlySet<string> | null = null;

/** The assigned ISO 3166-1 alpha-3 codes, sorted. */
export function assignedCountryCodes(): ReadonlySet<string> {
  if (!assigned) {
    const codes = new Set<string>();
    for (let i = 0; i < ASSIGNED.length; i += 3) codes.add(ASSIGNED.slice(i, i + 3));
    assigned = codes;
  }
  return assigned;
}

/** True for a code ISO 3166-1 leaves to users (AAA–AAZ, QMA–QZZ, XAA–XZZ, ZZA–ZZZ): a place or state it names has no boundary. */
export function isUserAssignedCountryCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  return code.startsWith('AA') || code.startsWith('X') || code.startsWith('ZZ') || (code >= 'QMA' && code <= 'QZZ');
}

/** True for an assigned ISO 3166-1 alpha-3 code or one left to users. */
export function isKnownCountryCode(code: string): boolean {
  return assignedCountryCodes().has(code) || isUserAssignedCountryCode(code);
}
