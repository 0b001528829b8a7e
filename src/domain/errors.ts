/** The one error type of Carebridge: a stable code for logs and HTTP, and the cause it wraps. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 500,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class ConfigError extends AppError {
  constructor(readonly problems: string[]) {
    super('config.invalid', `Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('not_found', `${what} not found`, 404);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Forbidden') {
    super('forbidden', message, 403);
  }
}

export class BadRequestError extends AppError {
  constructor(message: string) {
    super('bad_request', message, 400);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('conflict', message, 409, options);
  }
}

/** Someone else booked the slot first; the dialog offers the next open times. */
export class SlotTakenError extends AppError {
  constructor(slotId: string, options?: { cause?: unknown }) {
    super('slot.taken', `slot ${slotId} is already booked`, 409, options);
  }
}
