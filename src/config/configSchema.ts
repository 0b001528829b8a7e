import { z } from 'zod';

const boolFlag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

const databaseUrl = z
  .string()
  .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'must be sqlite:<path> or postgres://...')
  .transform((url) =>
    url.startsWith('sqlite:')
      ? { kind: 'sqlite' as const, path: url.slice('sqlite:'.length) }
      : { kind: 'postgres' as const, url },
  );

/**
 * Every setting Carebridge reads from the environment, with its default.
 * The README's configuration table is checked against the keys of this object.
 */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: databaseUrl.default('sqlite:./var/carebridge.sqlite'),
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  DEMO_DATA: boolFlag.default('on'),
  PLAN_FILE: z.string().min(1).default('data/demo-plan.json'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DIRECTLINE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DIRECTLINE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(1800),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppTenantId: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI', '']).default(''),
  TWILIO_ACCOUNT_SID: z.string().optional(),
  TWILIO_AUTH_TOKEN: z.string().optional(),
  TWILIO_FROM_NUMBER: z.string().regex(/^\+\d{8,15}$/, 'must be an E.164 number such as +15555550100').optional(),
  TWILIO_API_URL: z.string().url().default('https://api.twilio.com'),
  TWILIO_SIGNATURE_CHECK: boolFlag.default('on'),
  HANDOFF_HUB: z.enum(['embedded', 'external']).default('embedded'),
  AZURE_SPEECH_KEY: z.string().optional(),
  AZURE_SPEECH_REGION: z.string().optional(),
});

export type Config = z.infer<typeof configSchema>;
export type DatabaseLocation = Config['DATABASE_URL'];
