// The eval's "same company": how a labeller's name and the detector's are matched.
import { describe, expect, it } from 'vitest';
import { sameCompany } from '../../lib/cli/eval-names';

describe('same company, for scoring', () => {
  it('ignores case, accents and legal suffixes', () => {
    expect(sameCompany('Nestlé S.A.', 'Nestle')).toBe(true);
    expect(sameCompany('Amazon.com, Inc.', 'Amazon')).toBe(true);
  });
  it('takes a short form for the initials of the full name', () => {
    expect(sameCompany('NAB', 'National Australia Bank')).toBe(true);
    expect(sameCompany('International Business Machines', 'IBM')).toBe(true);
    expect(sameCompany('Royal Bank of Scotland', 'RBS')).toBe(true);
    expect(sameCompany('Bank of Queensland', 'BOQ')).toBe(true);
  });
  it('takes a name written joined for the same name written apart', () => {
    expect(sameCompany('StackOverflow', 'Stack Overflow')).toBe(true);
  });
  it('keeps different companies apart', () => {
    expect(sameCompany('Meta', 'Metallica')).toBe(false);
    expect(sameCompany('NAB', 'National Bank')).toBe(false);
    expect(sameCompany('Salesforce', 'Slack Technologies')).toBe(false);
    // A one-word name counts only as the other's first word.
    expect(sameCompany('The Washington Post', 'Post Holdings')).toBe(false);
    expect(sameCompany('Allianz Partners', 'Allianz')).toBe(true);
    expect(sameCompany('de Volksbank', 'Volksbank')).toBe(true);
    expect(sameCompany('Banco Sabadell', 'Sabadell')).toBe(true);
    expect(sameCompany('Groupe TVA', 'TVA')).toBe(true);
    expect(sameCompany('Banco Santander', 'Banco Sabadell')).toBe(false);
  });
});
