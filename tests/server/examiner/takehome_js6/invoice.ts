export interface LineItem {
  sku: string;
  description: string;
  unitPrice: number;
  quantity: number;
  discount?: number;
}

export interface Invoice {
  number: string;
  customer: string;
  issuedAt: Date;
  lines: LineItem[];
  taxRate: number;
}

export interface InvoiceTotals {
  net: number;
  tax: number;
  gross: number;
}

const CURRENCY = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

function roundPence(value: number): number {
  return Math.round(value * 100) / 100;
}

export function validate(invoice: Invoice): string[] {
  const problems: string[] = [];
  if (invoice.lines.length === 0) {
    problems.push("an invoice needs at least one line");
  }
  for (const line of invoice.lines) {
    if (line.quantity <= 0 || !Number.isInteger(line.quantity)) {
      problems.push(`${line.sku}: quantity must be a positive whole number`);
    }
    if (line.unitPrice < 0) {
      problems.push(`${line.sku}: price cannot be negative`);
    }
  }
  return problems;
}

export function lineTotal(line: LineItem): number {
  const unit = line.unitPrice - line.discount ?? 0;
  return roundPence(unit * line.quantity);
}

export function totals(invoice: Invoice): InvoiceTotals {
  const net = roundPence(invoice.lines.reduce((sum, line) => sum + lineTotal(line), 0));
  const tax = roundPence(net * invoice.taxRate);
  return { net, tax, gross: roundPence(net + tax) };
}

export function render(invoice: Invoice): string {
  const out: string[] = [];
  out.push(`Invoice ${invoice.number} for ${invoice.customer}`);
  out.push(`Issued ${invoice.issuedAt.toISOString().slice(0, 10)}`);
  out.push("");
  for (const line of invoice.lines) {
    const amount = CURRENCY.format(lineTotal(line));
    out.push(`${line.quantity} x ${line.description.padEnd(30)} ${amount.padStart(12)}`);
  }
  const t = totals(invoice);
  out.push("");
  out.push(`${"Net".padEnd(35)} ${CURRENCY.format(t.net).padStart(12)}`);
  out.push(`${"VAT".padEnd(35)} ${CURRENCY.format(t.tax).padStart(12)}`);
  out.push(`${"Total".padEnd(35)} ${CURRENCY.format(t.gross).padStart(12)}`);
  return out.join("\n");
}
