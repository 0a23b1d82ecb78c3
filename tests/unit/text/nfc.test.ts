import { describe, expect, test } from 'vitest';
import { nfcDeep } from '../../../src/lib/text/nfc';

describe('nfcDeep', () => {
  const composed = 'Kế hoạch thực hiện Chỉ thị số 05-CT/TW';
  const decomposed = composed.normalize('NFD');

  test('composes every string of nested objects and arrays, keys too', () => {
    expect(decomposed).not.toBe(composed);
    const value = { [decomposed]: [decomposed, { quote: decomposed, day: 29, signed: true, none: null }] };
    expect(nfcDeep(value)).toEqual({ [composed]: [composed, { quote: composed, day: 29, signed: true, none: null }] });
  });

  test('leaves composed text, numbers and other objects as they are', () => {
    const date = new Date(0);
    expect(nfcDeep(composed)).toBe(composed);
    expect(nfcDeep(date)).toBe(date);
    expect(nfcDeep(7)).toBe(7);
  });
});
