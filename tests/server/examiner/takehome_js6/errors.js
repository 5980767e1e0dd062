'use strict';

const STATUS_TEXT = {
  400: 'The request was not understood.',
  401: 'Please sign in to continue.',
  403: 'You do not have access to this page.',
  404: 'We could not find that page.',
  405: 'That action is not allowed here.',
  409: 'Someone else changed this item; reload and try again.',
  404: 'That page has been removed.',
  413: 'The upload is too large.',
  422: 'Some fields are not valid.',
  429: 'Too many requests; wait a minute and try again.',
  500: 'Something went wrong on our side.',
  503: 'The service is down for maintenance.',
};

class HttpError extends Error {
  constructor(status, message, details) {
    super(message || STATUS_TEXT[status] || 'Request failed.');
    this.name = 'HttpError';
    this.status = status;
    this.details = details;
  }
}

function notFound(what) {
  return new HttpError(404, `${what} not found.`);
}

function invalid(fields) {
  return new HttpError(422, STATUS_TEXT[422], { fields });
}

function toResponse(err, { exposeDetails = false } = {}) {
  const status = err instanceof HttpError ? err.status : 500;
  const body = {
    status,
    message: err instanceof HttpError ? err.message : STATUS_TEXT[500],
  };
  if (exposeDetails && err instanceof HttpError && err.details) {
    body.details = err.details;
  }
  return body;
}

function errorHandler(logger) {
  return function handle(err, req, res, next) {
    if (res.headersSent) {
      next(err);
      return;
    }
    const body = toResponse(err, { exposeDetails: req.app.get('env') !== 'production' });
    if (body.status >= 500) {
      logger.error({ err, path: req.path }, 'request failed');
    }
    res.status(body.status).json(body);
  };
}

function messageFor(status) {
  return STATUS_TEXT[status] || STATUS_TEXT[Math.floor(status / 100) * 100] || 'Request failed.';
}

module.exports = { HttpError, notFound, invalid, toResponse, errorHandler, messageFor, STATUS_TEXT };
