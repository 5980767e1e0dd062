// An upload queue with previews: the user picks images, each shows as a thumbnail with its
// size and a remove button until the batch is sent.

interface Pending {
  file: File;
  preview: string;
}

const MAX_BYTES = 8 * 1024 * 1024;
const queue: Pending[] = [];

function formatSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${(bytes / 1024).toFixed(1)} KB`;
  }
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function accept(file: File): string | null {
  if (!file.type.startsWith('image/')) {
    return `${file.name} is not an image`;
  }
  if (file.size > MAX_BYTES) {
    return `${file.name} is larger than ${formatSize(MAX_BYTES)}`;
  }
  return null;
}

function thumbnail(item: Pending, onRemove: () => void): HTMLElement {
  const figure = document.createElement('figure');
  const img = document.createElement('img');
  img.src = item.preview;
  img.alt = item.file.name;
  const caption = document.createElement('figcaption');
  caption.textContent = `${item.file.name} (${formatSize(item.file.size)})`;
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = 'Remove';
  remove.addEventListener('click', onRemove);
  figure.append(img, caption, remove);
  return figure;
}

function render(strip: HTMLElement): void {
  strip.replaceChildren(
    ...queue.map((item, i) => thumbnail(item, () => {
      queue.splice(i, 1);
      render(strip);
    })),
  );
}

export function addFiles(strip: HTMLElement, errors: HTMLElement, files: FileList): void {
  const problems: string[] = [];
  for (const file of Array.from(files)) {
    const problem = accept(file);
    if (problem !== null) {
      problems.push(problem);
      continue;
    }
    queue.push({ file, preview: window.URL.createObjectURL(file) });
  }
  errors.textContent = problems.join('\n');
  render(strip);
}

export async function send(strip: HTMLElement, endpoint: string): Promise<number> {
  const form = new FormData();
  for (const item of queue) {
    form.append('images', item.file, item.file.name);
  }
  const response = await fetch(endpoint, { method: 'POST', body: form });
  if (!response.ok) {
    throw new Error(`upload failed: ${response.status}`);
  }
  const sent = queue.length;
  queue.length = 0;
  render(strip);
  return sent;
}
