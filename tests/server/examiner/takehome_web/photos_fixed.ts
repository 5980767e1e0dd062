// The repair counter's ticket form: the clerk adds photos of the shoes, which are shown as
// thumbnails under the form until the ticket is saved.
interface Draft {
  customer: string;
  photos: File[];
}

const draft: Draft = { customer: "", photos: [] };

function showPhotos(strip: HTMLElement): void {
  for (const old of Array.from(strip.querySelectorAll("img"))) URL.revokeObjectURL(old.src);
  strip.replaceChildren();
  draft.photos.forEach((file, index) => {
    const img = document.createElement("img");
    img.alt = `photo ${index + 1}`;
    img.src = URL.createObjectURL(file);
    const remove = document.createElement("button");
    remove.textContent = "Remove";
    remove.addEventListener("click", () => {
      draft.photos.splice(index, 1);
      showPhotos(strip);
    });
    strip.append(img, remove);
  });
}

function addPhotos(input: HTMLInputElement, strip: HTMLElement): void {
  for (const file of Array.from(input.files ?? [])) {
    if (file.type.startsWith("image/")) draft.photos.push(file);
  }
  input.value = "";
  showPhotos(strip);
}

const input = document.querySelector<HTMLInputElement>("#photos");
const strip = document.querySelector<HTMLElement>("#strip");
if (input && strip) input.addEventListener("change", () => addPhotos(input, strip));
