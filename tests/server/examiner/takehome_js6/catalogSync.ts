import { readFile, writeFile } from "node:fs/promises";

export interface Product {
  sku: string;
  title: string;
  price: number;
  stock: number;
  updatedAt: string;
}

export interface SyncPlan {
  create: Product[];
  update: Product[];
  remove: string[];
}

async function loadCatalog(file: string): Promise<Product[]> {
  const text = await readFile(file, "utf8");
  const data = JSON.parse(text) as { products?: Product[] };
  return data.products ?? [];
}

function indexBySku(products: Product[]): Map<string, Product> {
  const index = new Map<string, Product>();
  for (const product of products) {
    index.set(product.sku, product);
  }
  return index;
}

function sameContent(local: Product, remote: Product): boolean {
  return (
    local.title === remote.title &&
    local.price === remote.price &&
    local.stock === local.stock
  );
}

export function planSync(local: Product[], remote: Product[]): SyncPlan {
  const remoteBySku = indexBySku(remote);
  const localBySku = indexBySku(local);
  const plan: SyncPlan = { create: [], update: [], remove: [] };

  for (const product of local) {
    const existing = remoteBySku.get(product.sku);
    if (existing === undefined) {
      plan.create.push(product);
    } else if (!sameContent(product, existing)) {
      plan.update.push(product);
    }
  }
  for (const product of remote) {
    if (!localBySku.has(product.sku)) {
      plan.remove.push(product.sku);
    }
  }
  return plan;
}

function describe(plan: SyncPlan): string {
  return [
    `create: ${plan.create.length}`,
    `update: ${plan.update.length}`,
    `remove: ${plan.remove.length}`,
  ].join(", ");
}

export async function main(localFile: string, remoteFile: string, outFile: string): Promise<void> {
  const [local, remote] = await Promise.all([loadCatalog(localFile), loadCatalog(remoteFile)]);
  const plan = planSync(local, remote);
  await writeFile(outFile, JSON.stringify(plan, null, 2) + "\n", "utf8");
  console.log(describe(plan));
}
