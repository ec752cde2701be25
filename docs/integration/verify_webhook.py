#!/usr/bin/env python3
"""Verifies a Renewal webhook delivery (Standard Webhooks signature), with the Python standard library only.

    python3 verify_webhook.py                 # checks itself against the specification's test vector
    verify(secret, headers, body)             # in your receiver: True when the delivery is ours and fresh

Use the raw request body exactly as received (bytes), not JSON parsed and written again.
"""
import base64
import hashlib
import hmac
import time

TOLERANCE_SECONDS = 5 * 60


def verify(secret: str, headers: dict, body: bytes, now: float = None) -> bool:
    """secret: whsec_...; headers: the request's headers (any case); body: the raw request body."""
    h = {k.lower(): v for k, v in headers.items()}
    msg_id, timestamp, signatures = h.get("webhook-id"), h.get("webhook-timestamp"), h.get("webhook-signature")
    if not (msg_id and timestamp and signatures):
        return False
    try:
        sent = int(timestamp)
    except ValueError:
        return False
    if abs((now if now is not None else time.time()) - sent) > TOLERANCE_SECONDS:
        return False  # too old (or from the future): a replayed capture, not a delivery
    key = base64.b64decode(secret[len("whsec_"):] if secret.startswith("whsec_") else secret)
    signed = msg_id.encode() + b"." + timestamp.encode() + b"." + body
    expected = "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    # during a secret rotation the header carries two signatures: either may be ours
    return any(hmac.compare_digest(expected, given) for given in signatures.split(" "))


if __name__ == "__main__":
    # the Standard Webhooks specification's published test vector
    vector = {"webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp": "1614265330",
              "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="}
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    body = b'{"test": 2432232314}'
    assert verify(secret, vector, body, now=1614265330)
    assert not verify(secret, vector, body + b" ", now=1614265330)
    assert not verify(secret, vector, body, now=1614265330 + 301)
    print("ok: the specification's test vector verifies, a changed body and an old delivery do not")
