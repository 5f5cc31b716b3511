-- The clerk may withdraw a submission before the chairman acts (issue 15): a transition of its own in the timeline.
alter table report_transition drop constraint if exists report_transition_action_check;
alter table report_transition add constraint report_transition_action_check
    check (action in ('SUBMIT', 'SIGN', 'RETURN', 'ACCEPT', 'WITHDRAW'));
