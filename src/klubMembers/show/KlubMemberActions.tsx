import { TopToolbar, UpdateButton, useCanAccess, useRecordContext } from 'react-admin';
import { canMoveKlubMember, mayPromoteToAmbassador } from '../../domain/klub';
import type { KlubMember } from '../../domain/types';

interface KlubMove {
  id: 'promote' | 'suspend' | 'reactivate' | 'leave';
  data: Partial<KlubMember>;
  possible: (member: KlubMember) => boolean;
}

const MOVES: readonly KlubMove[] = [
  { id: 'promote', data: { kind: 'ambassador' }, possible: mayPromoteToAmbassador },
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
  const { canAccess } = useCanAccess({ resource: 'klub-members', action: 'edit', record: member });
  if (!member || !canAccess) return <TopToolbar />;
  return (
    <TopToolbar>
      {MOVES.filter(({ possible }) => possible(member)).map(({ id, data }) => (
        <UpdateButton
          key={id}
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
