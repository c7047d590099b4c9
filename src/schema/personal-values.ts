// Checks and masks of the personal values the platform knows: 身份证号 and mainland mobile numbers.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 check: 18 characters, valid birth date, ISO 7064 MOD 11-2 check digit. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const d = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== birth) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17];
}

export const isValidMobile = (phone: string) => /^1[3-9]\d{9}$/.test(phone);

export const maskIdNumber = (id: string) => `${id.slice(0, 3)}${'*'.repeat(Math.max(id.length - 7, 0))}${id.slice(-4)}`;
export const maskPhone = (p: string) => (p.length >= 11 ? `${p.slice(0, 3)}****${p.slice(-4)}` : '*'.repeat(p.length));

/** Birth date from a validated 身份证号, as YYYY-MM-DD. */
export const birthDateFromId = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
