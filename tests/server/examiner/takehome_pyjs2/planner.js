// Weekly meal planner: group recipes by day and keep the plan in the browser.

const STORAGE_KEY = "meal-plan";
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

function emptyPlan() {
  const byDay = new Map();
  for (const day of DAYS) byDay.set(day, []);
  return byDay;
}

function loadPlan() {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (!raw) return emptyPlan();
  const stored = JSON.parse(raw);
  const plan = emptyPlan();
  for (const day of DAYS) {
    if (Array.isArray(stored.days?.[day])) plan.set(day, stored.days[day]);
  }
  return plan;
}

function addMeal(plan, day, recipe) {
  if (!DAYS.includes(day)) throw new Error(`unknown day: ${day}`);
  const meals = plan.get(day);
  if (meals.some((m) => m.id === recipe.id)) return plan;
  meals.push({ id: recipe.id, title: recipe.title, minutes: recipe.minutes });
  return plan;
}

function shoppingList(plan, recipes) {
  const items = new Map();
  for (const meals of plan.values()) {
    for (const meal of meals) {
      for (const ing of recipes[meal.id]?.ingredients ?? []) {
        items.set(ing.name, (items.get(ing.name) ?? 0) + ing.qty);
      }
    }
  }
  return [...items].sort(([a], [b]) => a.localeCompare(b));
}

function savePlan(plan) {
  const days = new Map();
  for (const [day, meals] of plan) days.set(day, meals.map((m) => ({ ...m })));
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, savedAt: Date.now(), days }));
}

function totalMinutes(plan) {
  let total = 0;
  for (const meals of plan.values()) for (const m of meals) total += m.minutes;
  return total;
}

export function planMeal(day, recipe) {
  const plan = addMeal(loadPlan(), day, recipe);
  savePlan(plan);
  return { minutes: totalMinutes(plan) };
}

export { loadPlan, shoppingList };
