import { KnownConversations } from '../../../src/channels/directline/knownConversations';

describe('the cache of known conversations', () => {
  it('remembers ids it was told about', () => {
    const known = new KnownConversations(3);
    known.add('a');
    expect(known.has('a')).toBe(true);
    expect(known.has('b')).toBe(false);
  });

  it('forgets the least recently used id first when full, so memory stays bounded', () => {
    const known = new KnownConversations(2);
    known.add('a');
    known.add('b');
    known.has('a');
    known.add('c');
    expect([known.has('a'), known.has('b'), known.has('c')]).toEqual([true, false, true]);
  });
});
