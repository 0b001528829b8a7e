import { ConversationLock } from '../../../src/bot/conversationLock';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('one turn at a time per conversation', () => {
  it('runs turns of the same conversation one after another, in arrival order', async () => {
    const lock = new ConversationLock();
    const log: string[] = [];
    const turn = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    };
    await Promise.all([lock.run('a', turn('first')), lock.run('a', turn('second')), lock.run('a', turn('third'))]);
    expect(log).toEqual(['first start', 'first end', 'second start', 'second end', 'third start', 'third end']);
  });

  it('lets different conversations run at the same time', async () => {
    const lock = new ConversationLock();
    const log: string[] = [];
    await Promise.all(
      ['a', 'b'].map((key) =>
        lock.run(key, async () => {
          log.push(`${key} start`);
          await tick();
          log.push(`${key} end`);
        }),
      ),
    );
    expect(log.slice(0, 2).sort()).toEqual(['a start', 'b start']);
  });

  it('goes on with the next turn after one fails, and forgets idle conversations', async () => {
    const lock = new ConversationLock();
    const failed = lock.run('a', async () => {
      throw new Error('boom');
    });
    const next = lock.run('a', async () => 'next ran');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next ran');
    await tick();
    expect(lock.activeKeys).toBe(0);
  });
});
