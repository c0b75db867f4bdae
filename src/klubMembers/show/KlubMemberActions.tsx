import { useId } from 'react';
import { TopToolbar, UpdateButton, useCanAccess, useRecordContext } from 'react-admin';
import {
  canMoveKlubMember,
  isKlubMembershipClosed,
  mayPromoteToAmbassador,
} from '../../domain/klub';
import type { KlubMember } from '../../domain/types';
import { ActiveOnlyReason } from './ActiveOnlyReason';

interface KlubMove {
  id: 'promote' | 'suspend' | 'reactivate' | 'leave';
  data: Partial<KlubMember>;
  possible: (member: KlubMember) => boolean;
  /** Shown disabled, with the reason, while the membership is suspended. */
  waitsForActive?: (member: KlubMember) => boolean;
}

const MOVES: readonly KlubMove[] = [
  {
    id: 'promote',
    data: { kind: 'ambassador' },
    possible: mayPromoteToAmbassador,
    waitsForActive: (member) => member.kind === 'member' && !isKlubMembershipClosed(member),
  },
  {
    id: 'suspend',
    data: { status: 'suspended' },
    possible: ({ status }) => canMoveKlubMember(status, 'suspended'),
  },
  {
    id: 'reactivate',
    data: { status: 'active' },
    possible: ({ status }) => canMoveKlubMember(status, 'active'),
  },
  {
    id: 'leave',
    data: { status: 'left' },
    possible: ({ status }) => canMoveKlubMember(status, 'left'),
  },
];

/**
 * The moves of a membership that its status allows, each after a confirmation, for the roles that
 * may change it. Pessimistic and sent with the version read: the server has the last word.
 */
export const KlubMemberActions = () => {
  const member = useRecordContext<KlubMember>();
  const reasonId = useId();
  const { canAccess } = useCanAccess({ resource: 'klub-members', action: 'edit', record: member });
  if (!member || !canAccess) return <TopToolbar />;
  const shown = MOVES.filter((move) => move.possible(member) || move.waitsForActive?.(member));
  const waiting = shown.some((move) => !move.possible(member));
  return (
    <TopToolbar>
      {waiting && <ActiveOnlyReason id={reasonId} />}
      {shown.map(({ id, data, possible }) => (
        <UpdateButton
          key={id}
          disabled={!possible(member)}
          aria-describedby={possible(member) ? undefined : reasonId}
          mutationMode="pessimistic"
          data={data}
          label={`app.klub.moves.${id}.label`}
          confirmTitle={`app.klub.moves.${id}.confirm_title`}
          titleTranslateOptions={{ number: member.memberNumber }}
          confirmContent={`app.klub.moves.${id}.confirm_content`}
        />
      ))}
    </TopToolbar>
  );
};
