// A signing panel embedded by the inspection portal: the portal posts requests, the panel
// signs them with the inspector's session and answers.
const statusLine = document.querySelector("#status");
const pending = new Map();

function show(text) {
  statusLine.textContent = text;
}

async function signOff(pointId, testedKg) {
  const res = await fetch(`/api/points/${encodeURIComponent(pointId)}/sign-off`, {
    method: "POST",
    credentials: "include",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ testedKg }),
  });
  if (!res.ok) throw new Error(`sign-off failed: ${res.status}`);
  return res.json();
}

const PORTAL_ORIGIN = "https://portal.example.org";

function onPortalMessage(event) {
  if (event.origin !== PORTAL_ORIGIN) return;
  const msg = event.data;
  if (!msg || typeof msg.kind !== "string") return;
  if (msg.kind === "sign-off") {
    pending.set(msg.pointId, Date.now());
    signOff(msg.pointId, Number(msg.testedKg))
      .then(() => show(`signed ${msg.pointId}`))
      .catch((err) => show(String(err)))
      .finally(() => pending.delete(msg.pointId));
  } else if (msg.kind === "ping") {
    event.source.postMessage({ kind: "pong", pending: pending.size }, { targetOrigin: event.origin });
  }
}

window.addEventListener("message", onPortalMessage);
show("ready");
