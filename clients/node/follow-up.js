'use strict';
// The Node.js partner's part of the hub's end-to-end test (tests/Ccapex.Hub.Provisioning.Tests), one step per run:
//
//   node follow-up.js submit <MessageType>   publishes the JSON message read from standard input on the
//                                            partner's exchange, waits for the hub's answer, prints it;
//   node follow-up.js answer <dossierId>     waits for the six-month follow-up request (F13) about the dossier,
//                                            answers it with SixMonthStatusReported (F14), waits for the hub's
//                                            receipt, prints it.
//
// Settings: CCAPEX_PARTNER_URI (amqp://user:password@host:port/vhost), CCAPEX_PARTNER (the partner's code).
// The last line printed is the hub's answer as one JSON line; exit code 1 with a message on stderr otherwise.

const { PartnerClient, newMessageId, typeOf } = require('./partner-client');

function setting(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set`);
    process.exit(2);
  }
  return value;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function submit(client, messageType) {
  const message = await readStdin();
  await client.publish(messageType, message);
  return client.answerTo(message.messageId);
}

async function answer(client, dossierId) {
  const request = await client.receive('RequestSixMonthFollowUp', (m) => m.dossierId === dossierId);
  console.log(`asked: ${JSON.stringify(request.message)}`);
  const status = {
    messageId: newMessageId(),
    sentAt: new Date().toISOString(),
    sender: client.partner,
    dossierId,
    followUpId: request.message.followUpId,
    situation: 'RepaymentPlanRespected',
    comment: 'Aide au logement rétablie, plan respecté.',
  };
  await client.publish('SixMonthStatusReported', status);
  return client.answerTo(status.messageId);
}

async function main() {
  const [step, argument] = process.argv.slice(2);
  if (!['submit', 'answer'].includes(step) || !argument) {
    console.error('usage: node follow-up.js submit <MessageType> < message.json | answer <dossierId>');
    process.exit(2);
  }

  const client = await PartnerClient.connect(setting('CCAPEX_PARTNER_URI'), setting('CCAPEX_PARTNER'));
  try {
    const reply = step === 'submit' ? await submit(client, argument) : await answer(client, argument);
    console.log(JSON.stringify({ type: typeOf(reply), message: reply.message }));
  } finally {
    await client.close();
  }
}

main().catch((error) => {
  console.error(`follow-up.js: ${error.message}`);
  process.exit(1);
});
