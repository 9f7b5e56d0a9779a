'use strict';
// The fetch globals: Headers, Request, Response, FormData and File (fetch itself is not there yet).

const { Headers } = require('internal/fetch/headers');
const { FormData, File } = require('internal/fetch/formdata');
const { Request } = require('internal/fetch/request');
const { Response } = require('internal/fetch/response');

// Like Node's, it never throws synchronously.
function fetch(input, init = undefined) {
  return Promise.reject(require('internal/errors').notImplemented('fetch'));
}

module.exports = { Headers, Request, Response, FormData, File, fetch };
