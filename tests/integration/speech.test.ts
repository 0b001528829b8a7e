import { EmbeddedSpeech } from '../../src/adapters/espeak/embeddedSpeech';
import { AzureSpeech } from '../../src/adapters/azure/azureSpeech';
import { readWav } from '../../src/adapters/espeak/wav';
import { languages } from '../../src/domain/language';
import { loadProjectLexicons, trainProjectRecognizer } from '../../src/nlu/nluFiles';
import { root } from '../helpers/botHarness';
import { t } from '../helpers/localeText';

jest.setTimeout(60_000);

const speech = new EmbeddedSpeech();

describe('embedded speech (espeak-ng and pocketsphinx)', () => {
  it.each(languages)('speaks %s as real audio', async (lng) => {
    const wav = await speech.synthesize(t(lng, 'mainMenu.prompt'), lng);
    const pcm = readWav(wav);
    expect(pcm.sampleRate).toBeGreaterThanOrEqual(16_000);
    expect(pcm.samples.length / pcm.sampleRate).toBeGreaterThan(0.5);
    expect(Math.max(...pcm.samples.slice(0, 50_000).map(Math.abs))).toBeGreaterThan(1000);
  });

  it('speaks more slowly for members who ask', async () => {
    const text = t('en', 'mainMenu.prompt');
    const normal = readWav(await speech.synthesize(text, 'en')).samples.length;
    const slow = readWav(await speech.synthesize(text, 'en', { slow: true })).samples.length;
    expect(slow).toBeGreaterThan(normal * 1.15);
  });

  it('hears "I need a ride to the doctor" from espeak-ng audio and the recognizer reads it as a ride request', async () => {
    const wav = await speech.synthesize('I need a ride to the doctor', 'en');
    // The words the main menu prompt expects: its choices, global words and the usual requests.
    const expected = ['my plan benefits', 'visits to the doctor', 'rides to the doctor', 'talk to a person', 'help', 'repeat', 'I need a ride', 'book a visit', 'yes', 'no'];
    const heard = await speech.recognize(wav, 'en', expected);
    expect(heard).toMatch(/need a ride/);
    const recognizer = trainProjectRecognizer(root, loadProjectLexicons(root).languageNames);
    expect((await recognizer.recognize(heard!, { language: 'en' })).intent.name).toBe('ride.book');
  });

  it('hears nothing in a language it has no recognizer for (keypad and text instead)', async () => {
    const wav = await speech.synthesize('necesito un viaje', 'es');
    await expect(speech.recognize(wav, 'es')).resolves.toBeUndefined();
  });
});

const azureKey = process.env.AZURE_SPEECH_KEY;
const azureRegion = process.env.AZURE_SPEECH_REGION;
(azureKey && azureRegion ? describe : describe.skip)('Azure Speech (skipped: AZURE_SPEECH_KEY and AZURE_SPEECH_REGION are not set on this machine)', () => {
  const azure = new AzureSpeech({ key: azureKey ?? '', region: azureRegion ?? '', fallback: speech });

  it('speaks Spanish with a neural voice and hears it back', async () => {
    const wav = await azure.synthesize('Necesito un viaje al doctor', 'es');
    expect(readWav(wav).samples.length).toBeGreaterThan(8000);
    await expect(azure.recognize(wav, 'es')).resolves.toMatch(/viaje/i);
  });

  it('speaks Haitian Creole through the embedded voice, having none of its own', async () => {
    expect(readWav(await azure.synthesize('Bonjou', 'ht')).samples.length).toBeGreaterThan(1000);
  });
});
