/** Hours as people write them: whole numbers stay whole, others keep one decimal ("2.5"). */
export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}
