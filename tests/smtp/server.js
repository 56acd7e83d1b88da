#!/usr/bin/env node
// A real SMTP server on loopback for Notify's email tests (npm smtp-server).
//
//   node tests/smtp/server.js --port 0 --out <dir> [--auth user:password] [--no-starttls]
//
// Prints one JSON line on stdout once listening: {"port":N,"starttls":true,"certSha256":"AB:CD:..."}.
// STARTTLS uses a self-signed certificate made at start with openssl (smtp-server's built-in
// localhost certificate when openssl is missing); the test pins certSha256.
// Recipients whose local part is "reject-permanent" get 550, "reject-temporary" get 451.
// Every accepted message is written raw (RFC 822, exactly the DATA bytes) to <out>/<n>.eml, with
// the envelope in <out>/<n>.json. Stops on SIGTERM, SIGINT or when stdin closes.
'use strict';

const { SMTPServer } = require('smtp-server');
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

function parseArgs(argv) {
  const args = { port: 0, out: null, auth: null, starttls: true };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${name} needs a value`);
      return argv[++i];
    };
    if (name === '--port') args.port = Number(next());
    else if (name === '--out') args.out = next();
    else if (name === '--auth') args.auth = next();
    else if (name === '--no-starttls') args.starttls = false;
    else throw new Error(`unknown argument ${name}`);
  }
  if (!args.out) throw new Error('--out <dir> is required');
  return args;
}

function selfSignedCertificate() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notify-smtp-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout', keyFile, '-out', certFile,
    ], { stdio: 'ignore' });
    return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) };
  } catch {
    return null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const magicReplies = {
  'reject-permanent': { code: 550, text: '5.1.1 Mailbox unavailable' },
  'reject-temporary': { code: 451, text: '4.3.0 Mailbox temporarily unavailable' },
};

function main() {
  const args = parseArgs(process.argv.slice(2));
  fs.mkdirSync(args.out, { recursive: true });
  const tls = args.starttls ? selfSignedCertificate() : null;
  const [user, password] = args.auth ? args.auth.split(':') : [null, null];
  let count = 0;

  const disabled = [];
  if (!args.starttls) disabled.push('STARTTLS');
  if (!args.auth) disabled.push('AUTH');

  const server = new SMTPServer({
    ...(tls ?? {}),
    name: 'localhost',
    banner: 'Notify test SMTP',
    disabledCommands: disabled,
    authMethods: ['PLAIN', 'LOGIN'],
    authOptional: !args.auth,
    allowInsecureAuth: !args.starttls,
    logger: false,
    onAuth(auth, session, callback) {
      if (auth.username === user && auth.password === password) return callback(null, { user });
      const error = new Error('5.7.8 Authentication credentials invalid');
      error.responseCode = 535;
      return callback(error);
    },
    onRcptTo(address, session, callback) {
      const local = address.address.split('@')[0].toLowerCase();
      const reply = magicReplies[local];
      if (!reply) return callback();
      const error = new Error(reply.text);
      error.responseCode = reply.code;
      return callback(error);
    },
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const n = String(++count).padStart(4, '0');
        const envelope = {
          from: session.envelope.mailFrom && session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
          secure: session.secure,
          user: session.user ?? null,
        };
        // Envelope first, message last: a reader that sees the .eml sees a complete pair.
        fs.writeFileSync(path.join(args.out, `${n}.json`), JSON.stringify(envelope));
        const tmp = path.join(args.out, `${n}.eml.tmp`);
        fs.writeFileSync(tmp, Buffer.concat(chunks));
        fs.renameSync(tmp, path.join(args.out, `${n}.eml`));
        callback(null, `2.0.0 Queued as ${n}`);
      });
    },
  });

  server.on('error', (error) => process.stderr.write(`smtp: ${error.message}\n`));
  server.listen(args.port, '127.0.0.1', () => {
    const certificate = tls ? new crypto.X509Certificate(tls.cert) : null;
    const line = {
      port: server.server.address().port,
      starttls: args.starttls,
      certSha256: certificate ? certificate.fingerprint256 : null,
    };
    process.stdout.write(JSON.stringify(line) + '\n');
  });

  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
}

try {
  main();
} catch (error) {
  process.stderr.write(`smtp: ${error.message}\n`);
  process.exit(2);
}
