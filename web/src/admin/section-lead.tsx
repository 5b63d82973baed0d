/** An admin section's lead, with the button that opens its "new" form (gone while that form is open). */
export function SectionLead({
  lead,
  add,
}: {
  lead: string;
  add?: { label: string; open: boolean; onOpen: () => void; testId: string };
}) {
  return (
    <div className="section-head">
      <p className="section-head__lead">{lead}</p>
      {add && !add.open && (
        <button type="button" className="button button--primary" onClick={add.onOpen} data-testid={add.testId}>
          {add.label}
        </button>
      )}
    </div>
  );
}
