// The people a company's `ceo` field names: "Hisayuki \"Deko\" Idekoba" is written "Hisayuki
// Idekoba", and co-CEOs ("Clay Magouyrk and Mike Sicilia") are two people.
export function ceoPeople(ceo: string): string[] {
  return ceo.split(/\s+and\s+|\s*&\s*/).map((p) => p.replace(/["“”][^"“”]*["“”]/g, ' ').replace(/\s+/g, ' ').trim()).filter((p) => p.includes(' '));
}
