import { createServer } from 'node:http';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';

// A mail catcher for the browser journeys: the app delivers over real SMTP to it, and the journey
// reads what arrived (parsed by postal-mime, not by our code) from GET /messages.

const smtpPort = Number(process.env.CATCHER_SMTP_PORT ?? 2526);
const httpPort = Number(process.env.CATCHER_HTTP_PORT ?? 3997);

interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
}
const caught: CaughtMail[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, done) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      PostalMime.parse(Buffer.concat(chunks))
        .then((mail) => {
          caught.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: mail.html ?? '',
            receivedAt: new Date().toISOString(),
          });
          done();
        })
        .catch((error: Error) => done(error));
    });
  },
});
smtp.listen(smtpPort, '127.0.0.1');

createServer((req, res) => {
  if (req.url === '/health') {
    res.end('ok');
    return;
  }
  if (req.url === '/messages') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(caught));
    return;
  }
  res.statusCode = 404;
  res.end();
}).listen(httpPort, '127.0.0.1');
