import { AutoSaveStateMiddleware, ConversationState, MessageFactory, TestAdapter, UserState } from 'botbuilder';
import type { Storage, StoreItems } from 'botbuilder';
import { Dialog, DialogSet, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogState, PromptValidatorContext, WaterfallStepContext } from 'botbuilder-dialogs';
import { ConflictError } from '../../src/domain/errors';

/** A storage under test and how to release it (close connections, remove temp files). */
export interface StorageUnderTest {
  storage: Storage;
  close(): Promise<void>;
}

/** A class instance, to show that storage keeps an object's data whatever its prototype. */
class AppointmentNote {
  constructor(
    readonly id: string,
    readonly count: number,
  ) {}
}

/**
 * The behaviour every botbuilder `Storage` adapter must show, after botbuilder's own storage base tests
 * plus atomic multi-key writes. `makeStorage` is called before each case and must return an empty storage.
 */
export function describeStorageContract(name: string, makeStorage: () => Promise<StorageUnderTest>): void {
  describe(`${name} (Storage contract)`, () => {
    let subject: StorageUnderTest;
    let storage: Storage;

    beforeEach(async () => {
      subject = await makeStorage();
      storage = subject.storage;
    });

    afterEach(async () => {
      await subject.close();
    });

    describe('reading', () => {
      it('returns an empty result for a key never written', async () => {
        await expect(storage.read(['unknown'])).resolves.toEqual({});
      });

      it('returns only the keys that exist when some are unknown', async () => {
        await storage.write({ known: { id: 1 } });

        const items = await storage.read(['known', 'unknown']);

        expect(Object.keys(items)).toEqual(['known']);
      });

      it('rejects a read without keys', async () => {
        await expect(storage.read(null as unknown as string[])).rejects.toThrow(ReferenceError);
      });
    });

    describe('creating', () => {
      it('rejects a write without changes', async () => {
        await expect(storage.write(null as unknown as StoreItems)).rejects.toThrow(ReferenceError);
      });

      it('accepts a write with no items', async () => {
        await expect(storage.write({})).resolves.toBeUndefined();
        await expect(storage.write([] as unknown as StoreItems)).resolves.toBeUndefined();
      });

      it('stores plain objects and gives each an eTag', async () => {
        await storage.write({ plain: { id: 1 }, withETag: { id: 2, eTag: '*' } });

        const items = await storage.read(['plain', 'withETag']);

        expect(items.plain).toMatchObject({ id: 1, eTag: expect.any(String) });
        expect(items.withETag).toMatchObject({ id: 2, eTag: expect.any(String) });
        expect(items.withETag.eTag).not.toBe('*');
      });

      it('stores a class instance as its data', async () => {
        await storage.write({ typed: new AppointmentNote('a-1', 3) });

        const items = await storage.read(['typed']);

        expect(items.typed).toEqual({ id: 'a-1', count: 3, eTag: expect.any(String) });
      });

      it('keeps nested objects, arrays, nulls and non-Latin text intact', async () => {
        const nested = {
          member: { name: 'José Ñúñez', preferredName: '李小龙', notes: null },
          plan: { tiers: [{ level: 1, copay: 12.5 }, { level: 2, copay: 0 }], active: true },
          history: [['a', 'b'], [], [{ deep: { deeper: { deepest: 'ok' } } }]],
        };
        await storage.write({ nested });

        const items = await storage.read(['nested']);

        expect(items.nested).toEqual({ ...nested, eTag: expect.any(String) });
      });

      it('stores and reads back a key made of punctuation and symbols', async () => {
        const key = '!@#$%^&*()~/\\><,.?\';"`~ ñ 李 %s %d';

        await storage.write({ [key]: { id: 1 } });
        const items = await storage.read([key]);

        expect(items[key]).toMatchObject({ id: 1 });
      });

      it('does not change the object it was given', async () => {
        const item = { id: 1 };

        await storage.write({ untouched: item });

        expect(item).toEqual({ id: 1 });
      });
    });

    describe('updating', () => {
      async function storeAndRead(key: string, value: Record<string, unknown>) {
        await storage.write({ [key]: value });
        return (await storage.read([key]))[key];
      }

      it('accepts a write carrying the current eTag and issues a new eTag', async () => {
        const loaded = await storeAndRead('item', { count: 1 });

        await storage.write({ item: { ...loaded, count: 2 } });
        const reloaded = (await storage.read(['item'])).item;

        expect(reloaded.count).toBe(2);
        expect(reloaded.eTag).toEqual(expect.any(String));
        expect(reloaded.eTag).not.toBe(loaded.eTag);
      });

      it('rejects a write whose eTag is stale and keeps the stored value', async () => {
        const loaded = await storeAndRead('item', { count: 1 });
        await storage.write({ item: { ...loaded, count: 2 } });

        await expect(storage.write({ item: { ...loaded, count: 123 } })).rejects.toThrow(ConflictError);

        expect((await storage.read(['item'])).item.count).toBe(2);
      });

      it('overwrites whatever is stored when the eTag is "*"', async () => {
        const loaded = await storeAndRead('item', { count: 1 });
        await storage.write({ item: { ...loaded, count: 2 } });

        await storage.write({ item: { ...loaded, count: 100, eTag: '*' } });

        expect((await storage.read(['item'])).item.count).toBe(100);
      });

      it('overwrites whatever is stored when the item carries no eTag', async () => {
        const { eTag: _first, ...withoutETag } = await storeAndRead('item', { count: 1 });
        await storage.write({ item: { ...withoutETag, count: 2 } });

        await storage.write({ item: { ...withoutETag, count: 123 } });

        expect((await storage.read(['item'])).item.count).toBe(123);
      });

      it('replaces the whole value rather than merging it', async () => {
        const loaded = await storeAndRead('item', { kept: 1, dropped: 2 });

        await storage.write({ item: { kept: 1, eTag: loaded.eTag } });

        expect((await storage.read(['item'])).item).toEqual({ kept: 1, eTag: expect.any(String) });
      });
    });

    describe('writing several keys at once', () => {
      it('writes, reads and deletes several keys in one call each', async () => {
        await storage.write({ batch1: { count: 10 }, batch2: { count: 20 }, batch3: { count: 30 } });

        const written = await storage.read(['batch1', 'batch2', 'batch3']);
        expect(written).toEqual({
          batch1: { count: 10, eTag: expect.any(String) },
          batch2: { count: 20, eTag: expect.any(String) },
          batch3: { count: 30, eTag: expect.any(String) },
        });

        await storage.delete(['batch1', 'batch2', 'batch3']);
        await expect(storage.read(['batch1', 'batch2', 'batch3'])).resolves.toEqual({});
      });

      it('changes none of the keys when one of them carries a stale eTag', async () => {
        await storage.write({ first: { count: 1 }, second: { count: 1 } });
        const loaded = await storage.read(['first', 'second']);
        await storage.write({ second: { ...loaded.second, count: 2 } });

        const write = storage.write({
          first: { ...loaded.first, count: 50 },
          fresh: { count: 50 },
          second: { ...loaded.second, count: 50 },
        });

        await expect(write).rejects.toThrow(ConflictError);
        const after = await storage.read(['first', 'second', 'fresh']);
        expect(after).toEqual({ first: loaded.first, second: { count: 2, eTag: expect.any(String) } });
      });

      it('keeps one whole value when unconditional writes to one key race', async () => {
        const writes = [0, 1, 2].map((count) => storage.write({ raced: { id: '1', count, padding: 'x'.repeat(10_000) } }));

        await Promise.allSettled(writes);

        const { raced } = await storage.read(['raced']);
        expect(raced.id).toBe('1');
        expect([0, 1, 2]).toContain(raced.count);
        expect(raced.padding).toHaveLength(10_000);
      });
    });

    describe('deleting', () => {
      it('removes an item so that it is no longer read', async () => {
        await storage.write({ delete1: { id: 1, count: 1 } });
        expect((await storage.read(['delete1'])).delete1).toMatchObject({ count: 1, eTag: expect.any(String) });

        await storage.delete(['delete1']);

        await expect(storage.read(['delete1'])).resolves.toEqual({});
      });

      it('accepts deleting a key that was never written', async () => {
        await expect(storage.delete(['unknown_key'])).resolves.toBeUndefined();
      });

      it('leaves other keys alone', async () => {
        await storage.write({ gone: { id: 1 }, stays: { id: 2 } });

        await storage.delete(['gone']);

        expect(Object.keys(await storage.read(['gone', 'stays']))).toEqual(['stays']);
      });

      it('rejects a delete without keys', async () => {
        await expect(storage.delete(null as unknown as string[])).rejects.toThrow(ReferenceError);
      });
    });

    describe('holding bot state', () => {
      it('lets a waterfall dialog and its prompt proceed turn after turn', async () => {
        const conversationState = new ConversationState(storage);
        const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
        dialogs.add(new TextPrompt('namePrompt', acceptLongerThanThree));
        dialogs.add(
          new WaterfallDialog('greeting', [
            async (step: WaterfallStepContext) => {
              await step.context.sendActivity('step1');
              return Dialog.EndOfTurn;
            },
            async (step: WaterfallStepContext) =>
              step.prompt('namePrompt', { prompt: MessageFactory.text('Please type your name.') }),
            async (step: WaterfallStepContext) => {
              await step.context.sendActivity(`step3 ${step.result}`);
              return Dialog.EndOfTurn;
            },
          ]),
        );
        const adapter = new TestAdapter(async (context) => {
          const dc = await dialogs.createContext(context);
          await dc.continueDialog();
          if (!context.responded) await dc.beginDialog('greeting');
        }).use(new AutoSaveStateMiddleware(conversationState));

        await adapter
          .send('hello')
          .assertReply('step1')
          .send('hello')
          .assertReply('Please type your name.')
          .send('hi')
          .assertReply('Too short (attempt 1)')
          .send('hi')
          .assertReply('Too short (attempt 2)')
          .send('hi')
          .assertReply('Too short (attempt 3)')
          .send('Kyle')
          .assertReply('Accepted on attempt 4')
          .assertReply('step3 Kyle')
          .startTest();
      });

      it('keeps user state from one turn to the next', async () => {
        const userState = new UserState(storage);
        const saved = userState.createProperty<{ value?: string }>('saved');
        const adapter = new TestAdapter(async (context) => {
          const state = await saved.get(context, {});
          if (context.activity.text === 'set value') {
            state.value = 'kept';
            await context.sendActivity('value saved');
          } else {
            await context.sendActivity(state.value ?? 'nothing');
          }
        }).use(new AutoSaveStateMiddleware(userState));

        await adapter.send('set value').assertReply('value saved').send('get value').assertReply('kept').startTest();
      });
    });
  });
}

async function acceptLongerThanThree(prompt: PromptValidatorContext<string>): Promise<boolean> {
  const accepted = (prompt.recognized.value ?? '').length > 3;
  const reply = accepted ? `Accepted on attempt ${prompt.attemptCount}` : `Too short (attempt ${prompt.attemptCount})`;
  await prompt.context.sendActivity(reply);
  return accepted;
}
