export enum Priority {
  Low,
  Normal,
  High,
  Urgent,
}

export interface Ticket {
  id: number;
  title: string;
  priority: Priority;
  assignee?: string;
}

export interface Option {
  label: string;
  value: string;
}

const SLA_HOURS: Record<Priority, number> = {
  [Priority.Low]: 120,
  [Priority.Normal]: 48,
  [Priority.High]: 8,
  [Priority.Urgent]: 2,
};

function humanize(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, "$1 $2");
}

export function priorityOptions(): Option[] {
  return Object.keys(Priority).map((name) => ({ label: humanize(name), value: name }));
}

export function parsePriority(value: string): Priority | null {
  const key = value as keyof typeof Priority;
  return Object.hasOwn(Priority, key) ? Priority[key] : null;
}

export function dueBy(ticket: Ticket, openedAt: Date): Date {
  const hours = SLA_HOURS[ticket.priority];
  return new Date(openedAt.getTime() + hours * 60 * 60 * 1000);
}

export function renderSelect(doc: Document, selected: Priority): HTMLSelectElement {
  const select = doc.createElement("select");
  select.name = "priority";
  for (const option of priorityOptions()) {
    const el = doc.createElement("option");
    el.value = option.value;
    el.textContent = option.label;
    el.selected = option.value === Priority[selected];
    select.append(el);
  }
  return select;
}

export function sortByUrgency(tickets: Ticket[]): Ticket[] {
  return [...tickets].sort((a, b) => b.priority - a.priority || a.id - b.id);
}

export function overdue(tickets: Ticket[], openedAt: Map<number, Date>, now: Date): Ticket[] {
  return tickets.filter((t) => {
    const opened = openedAt.get(t.id);
    return opened !== undefined && dueBy(t, opened).getTime() < now.getTime();
  });
}
