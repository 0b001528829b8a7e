import { isGsm7, splitSms } from '../../../src/channels/sms/splitSms';

describe('splitting long SMS replies', () => {
  it('leaves a reply that fits in two segments as it is, line breaks and all', () => {
    const reply = 'Hi! I am the helper.\nWhat do you need help with?\n1. My plan benefits\n0. Talk to a person';
    expect(splitSms(reply)).toEqual([reply]);
  });

  it('splits a long English reply at sentence ends into texts of at most 306 characters', () => {
    const sentence = 'Your ride is booked for Tuesday morning with a van for your wheelchair. ';
    const reply = sentence.repeat(10).trim();
    const texts = splitSms(reply);
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) {
      expect(text.length).toBeLessThanOrEqual(306);
      expect(text.endsWith('.')).toBe(true);
    }
    expect(texts.join(' ')).toBe(reply);
  });

  it('uses the shorter limit of 134 characters for a reply with characters outside GSM-7 (Vietnamese, Chinese)', () => {
    const reply = 'Xe của quý vị đã được đặt. '.repeat(12).trim();
    expect(isGsm7(reply)).toBe(false);
    const texts = splitSms(reply);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(134);
    expect(texts.join(' ')).toBe(reply);
  });

  it('cuts a sentence with no break at spaces, and a word longer than a text inside it', () => {
    const texts = splitSms(`${'word '.repeat(100)}${'x'.repeat(400)}`);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(306);
    expect(texts.join(' ').replace(/\s+/g, ' ')).toContain('word word');
  });
});
