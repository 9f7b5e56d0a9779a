'use strict';
// The fetch globals: Headers, Request, Response, FormData, File, and fetch (internal/fetch/fetch).

const { Headers } = require('internal/fetch/headers');
const { FormData, File } = require('internal/fetch/formdata');
const { Request } = require('internal/fetch/request');
const { Response } = require('internal/fetch/response');

// Like Node's, it never throws synchronously.
function fetch(input, init = undefined) {
  return require('internal/fetch/fetch').fetch(input, init);
}

module.exports = { Headers, Request, Response, FormData, File, fetch };
