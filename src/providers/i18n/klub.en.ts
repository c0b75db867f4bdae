import type { klubFr } from './klub.fr';

/** Messages of the klub pages, in English: merged into `app.klub`. */
export const klubEn: typeof klubFr = {
  badge: {
    active: '%{kind}',
    suspended: '%{kind} (suspended)',
    left: '%{kind} (left)',
  },
  card: {
    title: 'Le Klub',
    none: 'Not a Klub member.',
    number: 'Membership %{number}',
    since: 'Member since %{date}',
    left_on: 'Left the Klub on %{date}',
  },
  join: {
    label: 'Make a Klub member',
    again: 'Make a member again',
    confirm_title: 'Make %{name} a Klub member?',
    confirm_content:
      'The customer becomes an active member: free returns, discounts and event invitations.',
    done: '%{name} is a Klub member (%{number}).',
  },
  moves: {
    suspend: {
      label: 'Suspend',
      confirm_title: 'Suspend membership %{number}?',
      confirm_content:
        'A suspended member loses the Klub perks, free returns included, until reactivated.',
    },
    reactivate: {
      label: 'Reactivate',
      confirm_title: 'Reactivate membership %{number}?',
      confirm_content: 'The member gets the Klub perks back, free returns included.',
    },
    leave: {
      label: 'Leave the Klub',
      confirm_title: 'End membership %{number}?',
      confirm_content:
        'This is final: to come back, the customer joins again with a new membership.',
    },
    promote: {
      label: 'Promote to ambassador',
      confirm_title: 'Promote the holder of membership %{number} to ambassador?',
      confirm_content: 'An ambassador represents the brand and keeps the perks of members.',
    },
  },
  invitations: {
    empty: 'No invitations.',
    follow_up: 'Follow-up',
    add: 'Invite to an event',
    accepted: 'Mark accepted',
    attended: 'Mark attended',
    accepted_aria: 'Mark the invitation to "%{event}" on %{date} accepted',
    attended_aria: 'Mark attended "%{event}" on %{date}',
    saved: 'Invitations saved.',
  },
  active_only:
    'Membership suspended: reactivate it to promote to ambassador or invite to an event.',
  filters: {
    joined_from: 'Joined from',
    joined_until: 'Joined until',
  },
};
