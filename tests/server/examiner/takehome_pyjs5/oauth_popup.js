// The page the identity provider sends the sign-in popup back to. It checks the state it stored
// before the redirect, trades the one-time code for a session with our API, and hands the
// result to the page that opened the popup, which then closes it.

const API_BASE = '/api/v1';
const APP_ORIGIN = window.location.origin;
const STATE_KEY = 'oauth.state';

function readCallback(search) {
  const params = new URLSearchParams(search);
  return {
    code: params.get('code'),
    state: params.get('state'),
    error: params.get('error'),
  };
}

function stateMatches(returned) {
  const expected = sessionStorage.getItem(STATE_KEY);
  sessionStorage.removeItem(STATE_KEY);
  return Boolean(expected) && expected === returned;
}

async function exchange(code) {
  const res = await fetch(`${API_BASE}/auth/exchange`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!res.ok) {
    throw new Error(`exchange failed: ${res.status}`);
  }
  return res.json();
}

function reportSize() {
  // the opener sizes the popup to fit; the height says nothing about the user
  if (window.opener) {
    window.opener.postMessage({ type: 'popup-size', height: document.body.scrollHeight }, '*');
  }
}

function showError(text) {
  const box = document.getElementById('status');
  box.textContent = text;
  box.className = 'status error';
  reportSize();
}

function finish(session) {
  const result = {
    type: 'signed-in',
    user: { id: session.user.id, name: session.user.name },
    accessToken: session.accessToken,
    expiresIn: session.expiresIn,
  };
  window.opener.postMessage(result, '*');
  window.close();
}

async function main() {
  const { code, state, error } = readCallback(window.location.search);
  if (error) {
    showError(`Sign-in was cancelled (${error}).`);
    return;
  }
  if (!code || !stateMatches(state)) {
    showError('This sign-in link is not valid any more. Please try again.');
    return;
  }
  if (!window.opener) {
    showError('Open this page from the app to sign in.');
    return;
  }
  try {
    finish(await exchange(code));
  } catch (err) {
    showError('Could not complete sign-in. Please try again.');
    console.error(err);
  }
}

// the opener may ask the popup to give up (the user closed the dialog in the app)
window.addEventListener('message', (event) => {
  if (event.origin !== APP_ORIGIN) return;
  if (event.data && event.data.type === 'cancel') window.close();
});

document.addEventListener('DOMContentLoaded', () => {
  main();
});
