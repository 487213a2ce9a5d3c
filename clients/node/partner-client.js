'use strict';
// A partner of the CCAPEX hub that is not on .NET, over AMQP with amqplib.
//
// It connects with its own broker account, which may only:
//   - publish on its exchange ccapex.partner.<partner>, with the message type as routing key
//     (kebab case: "submit-cdp-notification"), and only the types its role may send;
//   - read its queue ccapex.<partner>.in, which the hub's provisioning declared.
// It has no configure permission, so it never declares anything: checkQueue is a passive declare,
// which needs none. Messages go out as bare JSON with content type application/json; what the hub
// delivers is a MassTransit envelope, whose messageType names the message and whose message holds it.

const amqp = require('amqplib');
const { randomUUID } = require('node:crypto');

/** "PREFECTURE_POLICE" -> "prefecture-police", as in the hub's broker names. */
function brokerName(partner) {
  return partner.toLowerCase().replace(/_/g, '-');
}

/** "SubmitCdpNotification" -> "submit-cdp-notification", the routing key of a message type. */
function routingKey(messageType) {
  return messageType.replace(/(?!^)([A-Z])/g, '-$1').toLowerCase();
}

/** The short type name of a delivery: "urn:message:Ccapex.Hub.Contracts:MessageAccepted" -> "MessageAccepted". */
function typeOf(envelope) {
  const urn = (envelope.messageType || [])[0] || '';
  return urn.split(':').pop();
}

class PartnerClient {
  /** Connects as the partner (amqp://user:password@host:port/vhost) and starts reading its queue. */
  static async connect(url, partner) {
    const connection = await amqp.connect(url);
    const client = new PartnerClient(connection, partner);
    await client._start();
    return client;
  }

  constructor(connection, partner) {
    this.connection = connection;
    this.partner = partner;
    this.exchange = `ccapex.partner.${brokerName(partner)}`;
    this.queue = `ccapex.${brokerName(partner)}.in`;
    this.received = [];
    this.waiters = [];
  }

  async _start() {
    // Publisher confirms: a publish resolves once the broker has the message, and fails when the broker
    // refuses it (a type this partner may not send closes the channel with ACCESS_REFUSED).
    this.publishing = await this.connection.createConfirmChannel();
    this.publishing.on('error', () => {}); // the failure reaches the publish promise; keep the process alive
    this.consuming = await this.connection.createChannel();
    await this.consuming.checkQueue(this.queue);
    await this.consuming.consume(this.queue, (delivery) => this._deliver(delivery), { noAck: false });
  }

  _deliver(delivery) {
    const envelope = JSON.parse(delivery.content.toString('utf8'));
    this.received.push(envelope);
    // Acknowledged once kept: the hub delivers at least once, so a partner deduplicates by messageId.
    this.consuming.ack(delivery);
    this.waiters = this.waiters.filter((w) => !w.offer(envelope));
  }

  /** Publishes one message as bare JSON on the partner's exchange; resolves when the broker confirms it. */
  publish(messageType, message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    const options = { contentType: 'application/json', messageId: message.messageId, persistent: true };
    return new Promise((resolve, reject) => {
      // A refusal closes the channel; the close is the surest sign of it, whatever happens to the confirm.
      const closed = () => reject(new Error(`channel closed while publishing ${messageType}`));
      this.publishing.once('close', closed);
      this.publishing.publish(this.exchange, routingKey(messageType), body, options, (error) => {
        this.publishing.removeListener('close', closed);
        return error ? reject(error) : resolve();
      });
    });
  }

  /** The first delivery (envelope) of that type whose message matches, already received or to come. */
  receive(messageType, match = () => true, timeoutMs = 30000) {
    return this._waitFor((envelope) => typeOf(envelope) === messageType && match(envelope.message), `no ${messageType}`, timeoutMs);
  }

  /** The hub's answer (receipt or refusal) to one of this partner's messages. */
  answerTo(messageId, timeoutMs = 30000) {
    return this._waitFor((envelope) => envelope.message && envelope.message.inReplyTo === messageId, `no answer to ${messageId}`, timeoutMs);
  }

  _waitFor(accepts, what, timeoutMs) {
    const found = this.received.find(accepts);
    if (found) {
      return Promise.resolve(found);
    }

    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const got = this.received.map(typeOf).join(', ') || 'nothing';
        reject(new Error(`${this.partner} received ${what} within ${timeoutMs} ms (it got: ${got})`));
      }, timeoutMs);
      this.waiters.push({
        offer: (envelope) => {
          if (!accepts(envelope)) {
            return false;
          }
          clearTimeout(timer);
          resolve(envelope);
          return true;
        },
      });
    });
  }

  async close() {
    await this.connection.close();
  }
}

module.exports = { PartnerClient, routingKey, typeOf, newMessageId: randomUUID };
