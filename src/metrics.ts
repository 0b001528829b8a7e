import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The Prometheus metrics of one app instance (a registry of its own: no global state). */
export interface Metrics {
  registry: Registry;
  turns: Counter<'channel'>;
  turnSeconds: Histogram<'channel'>;
  errors: Counter<'channel' | 'kind'>;
  httpRejections: Counter<'route' | 'status'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    turns: new Counter({ name: 'carebridge_turns_total', help: 'Bot turns by channel', labelNames: ['channel'], registers: [registry] }),
    turnSeconds: new Histogram({
      name: 'carebridge_turn_duration_seconds',
      help: 'Time to handle one bot turn, by channel',
      labelNames: ['channel'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    errors: new Counter({ name: 'carebridge_errors_total', help: 'Errors by channel and kind', labelNames: ['channel', 'kind'], registers: [registry] }),
    httpRejections: new Counter({
      name: 'carebridge_http_rejections_total',
      help: 'Requests refused with a 4xx, by route and status',
      labelNames: ['route', 'status'],
      registers: [registry],
    }),
  };
}
