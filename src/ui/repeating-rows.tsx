// A list of repeated field groups ("Sibling 1", "Sibling 2" …), each with a Remove button, and an
// Add button after them: the one pattern every repeatable part of a form uses.
import type { ReactNode } from 'react';

interface RepeatingRowsProps {
  /** One key per row (react-hook-form's `field.id`). */
  keys: string[];
  /** What one row is, in lower case: "sibling", "family member". */
  noun: string;
  headingLevel?: 3 | 4;
  onAdd: () => void;
  onRemove: (index: number) => void;
  renderRow: (index: number) => ReactNode;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function RepeatingRows({
  keys,
  noun,
  headingLevel = 3,
  onAdd,
  onRemove,
  renderRow,
}: RepeatingRowsProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <>
      {keys.map((key, index) => (
        <div key={key} className="repeat-row">
          <Heading className="repeat-row__title">
            {capitalise(noun)} {index + 1}
          </Heading>
          {renderRow(index)}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onRemove(index)}
          >
            Remove {noun} {index + 1}
          </button>
        </div>
      ))}
      <button type="button" className="button button--secondary" onClick={onAdd}>
        Add a {noun}
      </button>
    </>
  );
}
