/** Messages of the klub pages, in French: merged into `app.klub`. */
export const klubFr = {
  badge: {
    active: '%{kind}',
    suspended: '%{kind} (suspendu)',
    left: '%{kind} (parti)',
  },
  card: {
    title: 'Le Klub',
    none: 'N’est pas membre du Klub.',
    number: 'Adhésion %{number}',
    since: 'Membre depuis le %{date}',
    left_on: 'A quitté le Klub le %{date}',
  },
  join: {
    label: 'Faire adhérer au Klub',
    again: 'Faire adhérer à nouveau',
    confirm_title: 'Faire adhérer %{name} au Klub ?',
    confirm_content:
      'Le client devient membre actif : retours offerts, remises et invitations aux événements.',
    done: '%{name} est membre du Klub (%{number}).',
  },
  moves: {
    suspend: {
      label: 'Suspendre',
      confirm_title: 'Suspendre l’adhésion %{number} ?',
      confirm_content:
        'Un membre suspendu perd les avantages du Klub, dont les retours offerts, jusqu’à sa réactivation.',
    },
    reactivate: {
      label: 'Réactiver',
      confirm_title: 'Réactiver l’adhésion %{number} ?',
      confirm_content: 'Le membre retrouve les avantages du Klub, dont les retours offerts.',
    },
    leave: {
      label: 'Quitter le Klub',
      confirm_title: 'Mettre fin à l’adhésion %{number} ?',
      confirm_content:
        'C’est définitif : pour revenir, le client adhère à nouveau, avec une nouvelle adhésion.',
    },
    promote: {
      label: 'Nommer ambassadeur',
      confirm_title: 'Nommer le titulaire de l’adhésion %{number} ambassadeur ?',
      confirm_content: 'Un ambassadeur représente la marque et garde les avantages des membres.',
    },
  },
  invitations: {
    empty: 'Aucune invitation.',
    follow_up: 'Suivi',
    add: 'Inviter à un événement',
    accepted: 'Marquer acceptée',
    attended: 'Marquer présent',
    accepted_aria: 'Marquer acceptée l’invitation à « %{event} » du %{date}',
    attended_aria: 'Marquer présent à « %{event} » du %{date}',
    saved: 'Invitations enregistrées.',
  },
  active_only:
    'Adhésion suspendue : réactivez-la pour nommer ambassadeur ou inviter à un événement.',
  filters: {
    joined_from: 'Entré à partir du',
    joined_until: 'Entré jusqu’au',
  },
};
