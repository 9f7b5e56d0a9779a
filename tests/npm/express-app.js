// An express app run unmodified: routing with params, express.json() body parsing, query
// strings, express.static from ./public, a 404, and an error handler. Prints its port.
const express = require('express');
const path = require('path');

const app = express();
app.use(express.json());
app.use(express.static(path.join(__dirname, 'public')));

const items = [];
app.get('/items', (req, res) => res.json({ items, q: req.query.q || null }));
app.post('/items', (req, res) => {
  items.push(req.body);
  res.status(201).json({ count: items.length, got: req.body });
});
app.get('/items/:id', (req, res) => {
  const item = items[Number(req.params.id)];
  if (!item) return res.status(404).send('no such item');
  res.json(item);
});
app.get('/boom', () => {
  throw new Error('kaboom');
});
app.use((err, req, res, next) => {
  res.status(500).json({ error: err.message });
});

const server = app.listen(Number(process.argv[2] || 0), '127.0.0.1', () => {
  console.log(server.address().port);
});
process.on('SIGTERM', () => server.close());
