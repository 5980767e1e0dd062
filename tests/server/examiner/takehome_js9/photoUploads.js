// The upload page of a photo album: each picked file gets a thumbnail made off the main
// thread before it is sent.

const THUMB_EDGE = 240;
const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp'];

const picker = document.querySelector('#photo-picker');
const gallery = document.querySelector('#pending-photos');
const status = document.querySelector('#upload-status');

const pending = new Map();

function showStatus(text) {
  status.textContent = text;
}

function addTile(file, blob) {
  const tile = document.createElement('figure');
  const img = document.createElement('img');
  img.onload = () => URL.revokeObjectURL(img.src);
  img.src = URL.createObjectURL(blob);
  img.alt = file.name;
  const caption = document.createElement('figcaption');
  caption.textContent = file.name;
  tile.append(img, caption);
  gallery.append(tile);
  pending.set(file.name, { file, thumb: blob });
}

function makeThumbnail(file) {
  return new Promise((resolve, reject) => {
    const worker = new Worker('/js/thumbnail-worker.js');
    worker.onmessage = (event) => {
      resolve(event.data);
    };
    worker.onerror = (event) => {
      reject(new Error(event.message));
    };
    worker.postMessage({ file, edge: THUMB_EDGE });
  });
}

async function handlePicked(files) {
  let made = 0;
  for (const file of files) {
    if (!ACCEPTED.includes(file.type)) {
      showStatus(`${file.name}: only JPEG, PNG and WebP are accepted`);
      continue;
    }
    try {
      const blob = await makeThumbnail(file);
      addTile(file, blob);
      made += 1;
    } catch (err) {
      showStatus(`${file.name}: ${err.message}`);
    }
  }
  showStatus(`${made} photo(s) ready to upload`);
}

async function uploadAll(albumId) {
  const form = new FormData();
  for (const { file, thumb } of pending.values()) {
    form.append('photos', file, file.name);
    form.append('thumbs', thumb, file.name);
  }
  const res = await fetch(`/api/albums/${encodeURIComponent(albumId)}/photos`, {
    method: 'POST',
    body: form,
  });
  if (!res.ok) {
    throw new Error(`upload failed: ${res.status}`);
  }
  pending.clear();
  gallery.replaceChildren();
  return res.json();
}

picker.addEventListener('change', () => {
  handlePicked(Array.from(picker.files)).catch((err) => showStatus(err.message));
});

export { uploadAll, makeThumbnail };
