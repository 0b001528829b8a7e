import * as sdk from 'microsoft-cognitiveservices-speech-sdk';
import { languageTraits, type Language } from '../../domain/language';
import { AppError } from '../../domain/errors';
import { escapeXml } from '../../domain/ssml';
import type { Speech, SynthesisOptions } from '../../ports/speech';

/** Azure neural voices and recognition locales; Haitian Creole has neither, so the fallback speaks it. */
const azure: Record<Language, { voice?: string; locale?: string }> = {
  en: { voice: 'en-US-JennyNeural', locale: 'en-US' },
  es: { voice: 'es-US-PalomaNeural', locale: 'es-US' },
  zh: { voice: 'zh-CN-XiaoxiaoNeural', locale: 'zh-CN' },
  vi: { voice: 'vi-VN-HoaiMyNeural', locale: 'vi-VN' },
  ko: { voice: 'ko-KR-SunHiNeural', locale: 'ko-KR' },
  tl: { voice: 'fil-PH-BlessicaNeural', locale: 'fil-PH' },
  ru: { voice: 'ru-RU-SvetlanaNeural', locale: 'ru-RU' },
  ar: { voice: 'ar-EG-SalmaNeural', locale: 'ar-EG' },
  ht: {},
};

export interface AzureSpeechOptions {
  key: string;
  region: string;
  /** Speaks and hears what Azure has no voice or recognizer for. */
  fallback?: Speech;
}

/** Azure Speech (the Speech SDK), used when AZURE_SPEECH_KEY is set (SPEC §10). */
export class AzureSpeech implements Speech {
  constructor(private readonly options: AzureSpeechOptions) {}

  speaks(language: Language): boolean {
    return Boolean(azure[language].voice) || (this.options.fallback?.speaks(language) ?? false);
  }

  async synthesize(text: string, language: Language, options: SynthesisOptions = {}): Promise<Buffer> {
    const voice = azure[language].voice;
    if (!voice) {
      if (this.options.fallback) return this.options.fallback.synthesize(text, language, options);
      throw new AppError('speech.unsupported', `no Azure voice for ${language}`, 422);
    }
    const config = sdk.SpeechConfig.fromSubscription(this.options.key, this.options.region);
    config.speechSynthesisOutputFormat = sdk.SpeechSynthesisOutputFormat.Riff16Khz16BitMonoPcm;
    const synthesizer = new sdk.SpeechSynthesizer(config, null as unknown as sdk.AudioConfig);
    const ssml =
      `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${languageTraits[language].tag}"><voice name="${voice}">` +
      `<prosody rate="${options.slow ? '-20%' : '0%'}">${escapeXml(text)}</prosody></voice></speak>`;
    try {
      const result = await new Promise<sdk.SpeechSynthesisResult>((resolve, reject) => synthesizer.speakSsmlAsync(ssml, resolve, reject));
      if (result.reason !== sdk.ResultReason.SynthesizingAudioCompleted) throw new Error(result.errorDetails);
      return Buffer.from(result.audioData);
    } catch (error) {
      throw new AppError('speech.failed', 'Azure Speech could not synthesize the message', 502, { cause: error });
    } finally {
      synthesizer.close();
    }
  }

  async recognize(wav: Buffer, language: Language, expected: string[] = []): Promise<string | undefined> {
    const locale = azure[language].locale;
    if (!locale) return this.options.fallback?.recognize(wav, language, expected);
    const config = sdk.SpeechConfig.fromSubscription(this.options.key, this.options.region);
    config.speechRecognitionLanguage = locale;
    const recognizer = new sdk.SpeechRecognizer(config, sdk.AudioConfig.fromWavFileInput(wav));
    if (expected.length > 0) {
      const phrases = sdk.PhraseListGrammar.fromRecognizer(recognizer);
      for (const phrase of expected) phrases.addPhrase(phrase);
    }
    try {
      const result = await new Promise<sdk.SpeechRecognitionResult>((resolve, reject) => recognizer.recognizeOnceAsync(resolve, reject));
      return result.reason === sdk.ResultReason.RecognizedSpeech ? result.text : undefined;
    } catch (error) {
      throw new AppError('speech.failed', 'Azure Speech could not recognize the audio', 502, { cause: error });
    } finally {
      recognizer.close();
    }
  }
}
